# iv-care (en): filled by its feature
