# iv-mechatronics (ru): filled by its feature
