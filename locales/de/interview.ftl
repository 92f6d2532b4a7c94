# interview (de): filled by its feature
