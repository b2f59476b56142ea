key: ${value}
raw: ${raw?no_esc}
