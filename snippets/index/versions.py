import sys

import matplotlib
import numpy
import pandas
import torch

print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
print(f"torch {torch.__version__}")
print(f"numpy {numpy.__version__}")
print(f"pandas {pandas.__version__}")
print(f"matplotlib {matplotlib.__version__}")
