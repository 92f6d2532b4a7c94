# iv-warehouse (de): filled by its feature
