import sys

# In a venv, sys.prefix is the venv's folder and sys.base_prefix the Python
# it was created from; outside any venv the two are the same.
print(sys.prefix != sys.base_prefix)
