# interview (en): filled by its feature
