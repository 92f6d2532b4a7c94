# iv-kitchen (sq): filled by its feature
