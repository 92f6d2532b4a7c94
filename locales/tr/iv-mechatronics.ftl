# iv-mechatronics (tr): filled by its feature
