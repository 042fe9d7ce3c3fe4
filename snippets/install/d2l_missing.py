try:
    from d2l import torch as d2l

    print(d2l.__name__)
except ModuleNotFoundError as error:
    print(f"ModuleNotFoundError: {error}")
