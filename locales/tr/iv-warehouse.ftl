# iv-warehouse (tr): filled by its feature
