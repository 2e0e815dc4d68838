"""The renderer: the GPU's OpenGL where there is a GPU, Qt's software renderer elsewhere."""

from __future__ import annotations

from kiosk.ui.renderer import choose


def never_asked() -> str | None:
    raise AssertionError("OpenGL was asked, though the answer was already known")


def test_without_a_gpu_render_node_opengl_is_not_even_asked() -> None:
    software, why = choose("auto", "xcb", {}, lambda: False, never_asked)
    assert software
    assert why == "no GPU render node in /dev/dri: OpenGL would be Mesa's llvmpipe, on the CPU"


def test_opengl_on_the_cpu_is_refused_and_a_real_gpu_is_used() -> None:
    software, why = choose(
        "auto", "wayland", {}, lambda: True, lambda: "llvmpipe (LLVM 15.0.6, 256 bits)"
    )
    assert software
    assert why.startswith("OpenGL here is llvmpipe (LLVM 15.0.6, 256 bits), which draws on the CPU")
    software, why = choose("auto", "wayland", {}, lambda: True, lambda: "Mesa Intel(R) UHD 620")
    assert not software
    assert why.startswith("OpenGL on Mesa Intel(R) UHD 620 (asked in ")
    assert choose("auto", "xcb", {}, lambda: True, lambda: None)[0]


def test_the_clinic_and_qts_own_switch_have_the_last_word() -> None:
    assert choose("gpu", "xcb", {}, lambda: False, never_asked) == (False, "--renderer gpu")
    assert choose("software", "xcb", {}, lambda: True, never_asked) == (True, "--renderer software")
    environ = {"QT_QUICK_BACKEND": "software"}
    assert choose("gpu", "xcb", environ, lambda: True, never_asked) == (
        True,
        "QT_QUICK_BACKEND=software, set where the kiosk starts",
    )
