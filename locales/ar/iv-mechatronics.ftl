# iv-mechatronics (ar): filled by its feature
