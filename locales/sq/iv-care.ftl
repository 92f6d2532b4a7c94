# iv-care (sq): filled by its feature
