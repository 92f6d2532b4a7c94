# iv-care (ru): filled by its feature
