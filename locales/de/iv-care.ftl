# iv-care (de): filled by its feature
