# iv-kitchen (en): filled by its feature
