# iv-retail (ru): filled by its feature
