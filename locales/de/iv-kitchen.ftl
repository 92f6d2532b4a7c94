# iv-kitchen (de): filled by its feature
