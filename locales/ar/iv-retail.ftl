# iv-retail (ar): filled by its feature
