# iv-warehouse (ar): filled by its feature
