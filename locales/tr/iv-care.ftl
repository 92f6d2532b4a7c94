# iv-care (tr): filled by its feature
