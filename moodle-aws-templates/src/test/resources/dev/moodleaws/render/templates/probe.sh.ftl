x=${value}
