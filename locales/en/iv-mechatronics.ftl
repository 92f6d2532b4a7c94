# iv-mechatronics (en): filled by its feature
