# interview (sq): filled by its feature
