plain ${value}
