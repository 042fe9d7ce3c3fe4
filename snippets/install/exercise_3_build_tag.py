def release(version):
    """'2.13.0+cu126' -> '2.13.0': drop the local build tag after '+'."""
    return version.split("+")[0]


for found in ["2.13.0", "2.13.0+cpu", "2.13.0+cu126", "2.12.1+cpu"]:
    print(
        f"{found:<14} -> {release(found):<8} matches 2.13.0: {release(found) == '2.13.0'}"
    )
