"""Tests that start processes or servers: kill and restart, concurrency."""
