# iv-retail (en): filled by its feature
