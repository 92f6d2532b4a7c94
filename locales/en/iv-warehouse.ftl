# iv-warehouse (en): filled by its feature
