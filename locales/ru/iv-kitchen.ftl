# iv-kitchen (ru): filled by its feature
