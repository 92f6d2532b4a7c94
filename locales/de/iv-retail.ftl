# iv-retail (de): filled by its feature
