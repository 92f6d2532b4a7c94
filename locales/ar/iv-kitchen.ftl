# iv-kitchen (ar): filled by its feature
