# interview (ru): filled by its feature
