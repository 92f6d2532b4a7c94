# iv-warehouse (sq): filled by its feature
