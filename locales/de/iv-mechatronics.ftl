# iv-mechatronics (de): filled by its feature
