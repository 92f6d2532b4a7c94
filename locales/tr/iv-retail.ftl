# iv-retail (tr): filled by its feature
