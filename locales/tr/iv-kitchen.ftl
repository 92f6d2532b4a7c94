# iv-kitchen (tr): filled by its feature
