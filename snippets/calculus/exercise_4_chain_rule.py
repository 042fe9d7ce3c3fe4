import torch

a = torch.tensor(0.7, dtype=torch.float64, requires_grad=True)
b = torch.tensor(-1.2, dtype=torch.float64, requires_grad=True)
x, y, z = a + b, a * b, torch.sin(a)  # x(a, b), y(a, b), z(a, b)
u = x * y + z**2  # u = f(x, y, z)
u.backward()

# du/da = du/dx dx/da + du/dy dy/da + du/dz dz/da
du_dx, du_dy, du_dz = y, x, 2 * z
du_da = du_dx * 1 + du_dy * b + du_dz * torch.cos(a)
du_db = du_dx * 1 + du_dy * a + du_dz * 0
print(torch.allclose(a.grad, du_da), torch.allclose(b.grad, du_db))
