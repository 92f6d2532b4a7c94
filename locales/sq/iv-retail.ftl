# iv-retail (sq): filled by its feature
