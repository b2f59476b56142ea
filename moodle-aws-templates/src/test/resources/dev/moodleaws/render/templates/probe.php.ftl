$x = ${value};
