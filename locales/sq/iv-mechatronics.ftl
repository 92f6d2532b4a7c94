# iv-mechatronics (sq): filled by its feature
