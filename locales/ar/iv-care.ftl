# iv-care (ar): filled by its feature
