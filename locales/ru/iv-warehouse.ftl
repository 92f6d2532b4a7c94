# iv-warehouse (ru): filled by its feature
