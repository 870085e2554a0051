"""Product pictures for the demo store's electronics: one drawing function per product kind."""

from __future__ import annotations

import math

from .canvas import Art, Linear, Radial, rgb, shade
from .geometry import bezier, rotate, rounded_rect_points

WHITE_PLASTIC = (rgb("#FFFFFF"), rgb("#F2F3F5"), rgb("#D5D8DE"))
GRAPHITE = (rgb("#55595F"), rgb("#2E3136"), rgb("#1C1E22"))


def _earbud(a: Art, cx: float, cy: float, tilt: float, mirror: bool) -> None:
    s = -1 if mirror else 1
    stem = rotate(rounded_rect_points((cx - 13, cy + 6, cx + 13, cy + 120), 13), (cx, cy), tilt)
    head = a.oval((cx - 40, cy - 40, cx + 40, cy + 36))
    a.drop_shadow(a.union(a.poly(stem), head), 8, 12, 10, 0.25)
    a.paint(a.poly(stem), Linear(*WHITE_PLASTIC, angle=0 if mirror else 180))
    a.paint(head, Radial(rgb("#FFFFFF"), rgb("#EEF0F3"), rgb("#C9CDD4"), centre=(0.4, 0.35), radius=0.75))
    tip = (cx + s * 30 - 24, cy - 26, cx + s * 30 + 24, cy + 24)
    a.paint(a.oval(tip), Radial(rgb("#E9EBEE"), rgb("#B9BEC6"), centre=(0.4, 0.4)))
    a.paint(a.oval((tip[0] + 15, tip[1] + 15, tip[2] - 15, tip[3] - 15)), Radial(rgb("#7C828C"), rgb("#4A4F57")))
    a.paint(a.oval((cx - 28, cy - 32, cx + 2, cy - 16)), (255, 255, 255), 0.9)


def wireless_earbuds(a: Art) -> None:
    a.shadow((90, 340, 390, 380), 0.35, 12)
    case = a.rect((120, 200, 360, 360), 62)
    a.drop_shadow(case, 6, 10, 14, 0.25)
    a.paint(case, Linear(rgb("#FFFFFF"), rgb("#F4F5F7"), rgb("#D3D6DC"), angle=75))
    lid_line = a.stroke([(124, 250), (356, 250)], 2, caps=False)
    a.paint(lid_line, rgb("#B9BDC5"), clip=case)
    a.paint(a.rect((134, 210, 346, 236), 12), (255, 255, 255), 0.7)
    a.paint(a.circle((240, 290), 5), Radial(rgb("#B7F7B2"), rgb("#27B23A")))
    a.paint(a.rect((226, 346, 254, 354), 3), rgb("#9DA2AA"))
    _earbud(a, 150, 120, 18, mirror=False)
    _earbud(a, 330, 120, -18, mirror=True)


def smartwatch(a: Art) -> None:
    a.shadow((150, 360, 330, 392), 0.3, 10)
    strap = rgb("#2F3A4C")
    for box in ((180, 20, 300, 150), (180, 270, 300, 396)):
        m = a.rect(box, 22)
        a.paint(m, Linear(shade(strap, 1.25), strap, shade(strap, 0.7), angle=0))
        for y in range(int(box[1]) + 18, int(box[3]) - 10, 22):
            a.paint(a.stroke([(194, y), (286, y)], 1.5), shade(strap, 0.75), 0.6, clip=m)
    for y in (330, 352, 374):
        a.paint(a.rect((226, y - 6, 254, y + 6), 6), rgb("#151A22"))
    case = a.rect((150, 100, 330, 320), 52)
    a.drop_shadow(case, 6, 12, 14, 0.35)
    a.paint(case, Linear(rgb("#C9CED6"), rgb("#7D848F"), rgb("#3D424A"), angle=60))
    a.paint(a.rect((330, 170, 348, 218), 7), Linear(rgb("#D9DDE3"), rgb("#6B717B"), angle=0))
    a.paint(a.rect((332, 236, 342, 270), 4), rgb("#6B717B"))
    a.paint(a.rect((160, 110, 320, 310), 44), rgb("#0B0C0F"))
    screen = a.rect((170, 120, 310, 300), 36)
    a.paint(screen, Radial(rgb("#1B2233"), rgb("#07080B"), centre=(0.5, 0.3), radius=1.0))
    centre = (240, 236)
    for r, col in ((46, "#FA114F"), (35, "#A6FF00"), (24, "#00D8FF")):
        box = (centre[0] - r, centre[1] - r, centre[0] + r, centre[1] + r)
        a.paint(a.arc(box, 0, 360, 8), rgb(col), 0.25)
        a.paint(a.arc(box, -90, -90 + {46: 250, 35: 300, 24: 200}[r], 8), rgb(col))
    a.text((240, 158), "10:08", 30, (255, 255, 255), bold=True)
    a.paint(a.poly([(175, 125), (260, 125), (175, 230)]), (255, 255, 255), 0.07, clip=screen)


def phone_case(a: Art) -> None:
    a.shadow((140, 372, 360, 398), 0.35, 10)
    outline = rotate(rounded_rect_points((150, 30, 330, 390), 38), (240, 210), 8)
    case = a.poly(outline)
    a.drop_shadow(case, 8, 10, 14, 0.3)
    colour = rgb("#F26D7D")
    a.paint(case, Linear(shade(colour, 1.2), colour, shade(colour, 0.78), angle=60))
    a.outline(case, shade(colour, 0.82), 5)
    bump = a.poly(rotate(rounded_rect_points((168, 50, 262, 146), 24), (240, 210), 8))
    a.paint(bump, shade(colour, 0.9))
    a.paint(a.shift(bump, -2, -2), shade(colour, 1.1), 0.5, clip=bump)
    for cx, cy in ((192, 76), (192, 120), (236, 98)):
        (x, y), = rotate([(cx, cy)], (240, 210), 8)
        a.paint(a.circle((x, y), 17), rgb("#2A2B30"))
        a.paint(a.circle((x, y), 13), Radial(rgb("#4B5A7A"), rgb("#101218"), centre=(0.35, 0.35)))
        a.paint(a.circle((x - 4, y - 4), 3.5), (255, 255, 255), 0.8)
    (fx, fy), = rotate([(250, 130)], (240, 210), 8)
    a.paint(a.circle((fx, fy), 5), rgb("#FFF6D6"))
    for y0, y1 in ((110, 150), (165, 205)):
        side = rotate([(326, y0), (334, y0), (334, y1), (326, y1)], (240, 210), 8)
        a.paint(a.poly(side), shade(colour, 0.7))
    a.text((247, 250), "♥", 40, shade(colour, 0.86))
    sheen = rotate([(160, 30), (215, 30), (160, 300)], (240, 210), 8)
    a.paint(a.poly(sheen), (255, 255, 255), 0.16, clip=case)


def power_bank(a: Art) -> None:
    a.shadow((110, 340, 400, 384), 0.45, 12)
    face_box = (128, 100, 322, 372)
    depth = (22, -18)
    steps = [a.rect((face_box[0] + depth[0] * k / 24, face_box[1] + depth[1] * k / 24, face_box[2] + depth[0] * k / 24, face_box[3] + depth[1] * k / 24), 28) for k in range(25)]
    slab = a.union(*steps)
    a.drop_shadow(slab, 8, 10, 14, 0.3)
    a.paint(slab, Linear(rgb("#7A808B"), rgb("#3A3E46"), rgb("#1E2025"), angle=100))
    face = a.rect(face_box, 28)
    for x in (170, 214, 254):
        port = a.poly([(x, 94), (x + 28, 94), (x + 35, 88), (x + 7, 88)])
        a.paint(port, rgb("#0E0F12"), clip=a.minus(slab, face))
    a.paint(face, Linear(rgb("#4A4F58"), rgb("#2B2E35"), rgb("#1B1D22"), angle=70))
    a.outline(face, (255, 255, 255), 1.5, 0.2)
    a.text((225, 186), "20000", 40, (240, 242, 246), bold=True)
    a.text((225, 224), "mAh", 22, rgb("#AEB4BF"))
    bolt = [(236, 252), (208, 296), (226, 296), (212, 334), (248, 282), (230, 282)]
    a.glow(a.poly(bolt), rgb("#3DDC84"), 6, 0.5)
    a.paint(a.poly(bolt), rgb("#3DDC84"))
    a.paint(a.circles([(260 + i * 13, 350) for i in range(3)], 3.8), rgb("#3DDC84"))
    a.paint(a.circle((260 + 3 * 13, 350), 3.8), rgb("#50545C"))
    a.paint(a.poly([(128, 100), (250, 100), (160, 372), (128, 372)]), (255, 255, 255), 0.05, clip=face)


def _usb_c_plug(a: Art, tip: tuple[float, float], angle: float, colour) -> None:
    cx, cy = tip
    housing = a.poly(rotate(rounded_rect_points((cx - 20, cy + 26, cx + 20, cy + 100), 10), tip, angle))
    boot = a.poly(rotate([(cx - 12, cy + 98), (cx + 12, cy + 98), (cx + 7, cy + 126), (cx - 7, cy + 126)], tip, angle))
    metal = a.poly(rotate(rounded_rect_points((cx - 15, cy, cx + 15, cy + 30), 7), tip, angle))
    slot = a.poly(rotate(rounded_rect_points((cx - 9, cy + 5, cx + 9, cy + 12), 3.5), tip, angle))
    a.drop_shadow(a.union(housing, metal), 5, 8, 8, 0.25)
    a.paint(metal, Linear(rgb("#F4F5F7"), rgb("#A7ACB4"), rgb("#E2E4E8"), angle=angle))
    a.paint(slot, rgb("#2B2D33"))
    a.paint(boot, Linear(rgb("#4A4F5C"), rgb("#1E2128"), angle=angle))
    a.paint(housing, Linear(shade(colour, 1.3), colour, shade(colour, 0.7), angle=angle))
    a.paint(a.poly(rotate([(cx - 20, cy + 92), (cx + 20, cy + 92), (cx + 20, cy + 96), (cx - 20, cy + 96)], tip, angle)), shade(colour, 0.6))
    a.text(rotate([(cx, cy + 62)], tip, angle)[0], "USB-C", 9, shade(colour, 0.5), bold=True)


def usb_c_cable(a: Art) -> None:
    braid = rgb("#3B4150")
    a.shadow((60, 300, 450, 376), 0.35, 14)
    loops = [a.ring((72 + dx, 70 + dy, 318 + dx, 290 + dy), 12) for dx, dy in ((0, 0), (12, 6), (24, 2), (34, 10))]
    leads = [
        a.stroke(bezier((262, 282), (284, 304), (296, 302), (312, 302), 24), 12),
        a.stroke(bezier((196, 296), (214, 350), (260, 352), (300, 352), 24), 12),
    ]
    cable = a.union(*loops, *leads)
    a.drop_shadow(cable, 6, 10, 10, 0.3)
    # Each loop is painted over the one before with a dark rim, so the coil reads as separate turns.
    hatch = a.lines([((x, 40), (x + 60, 400)) for x in range(-60, 480, 6)], 1.6)
    for part in loops + leads:
        a.paint(part, shade(braid, 0.6))
        core = a.blur(part, 2)
        a.paint(core, Linear(shade(braid, 1.4), braid, angle=110), clip=part)
        a.paint(hatch, shade(braid, 1.8), 0.35, clip=core)
    _usb_c_plug(a, (436, 302), 90, rgb("#C9CDD4"))
    _usb_c_plug(a, (424, 352), 90, rgb("#C9CDD4"))


def bluetooth_speaker(a: Art) -> None:
    base = rgb("#1F6FEB")
    a.shadow((80, 310, 400, 350), 0.4, 12)
    body = a.rect((80, 140, 400, 320), 90)
    a.drop_shadow(body, 6, 12, 14, 0.35)
    a.paint(body, Linear(shade(base, 1.35), base, shade(base, 0.55), angle=90))
    mesh = a.rect((130, 144, 350, 316), 0)
    dots = a.circles([(x + (6 if (y // 12) % 2 else 0), y) for y in range(150, 316, 12) for x in range(132, 352, 12)], 2.4)
    a.paint(dots, shade(base, 0.55), 0.8, clip=a.clip(mesh, body))
    for cx in (100, 380):
        cap = a.oval((cx - 17, 150, cx + 17, 310))
        a.paint(cap, Linear(rgb("#30343B"), rgb("#15171B"), angle=0))
        a.paint(a.ring((cx - 11, 176, cx + 11, 284), 2.5), rgb("#4A4F58"))
    a.paint(a.rect((180, 128, 300, 150), 11), Linear(rgb("#3A3E46"), rgb("#1B1D21")))
    for x, sym in ((204, "−"), (240, "▶"), (276, "+")):
        a.text((x, 139), sym, 13, rgb("#D7DAE0"), bold=True)
    a.paint(a.rect((195, 220, 285, 250), 15), (255, 255, 255), 0.95)
    a.text((240, 235), "SOUND", 15, base, bold=True)
    a.paint(a.rect((110, 152, 370, 190), 19), (255, 255, 255), 0.18)
    for i, r in enumerate((26, 44, 62)):
        box = (400 - r + 16, 230 - r, 400 + r + 16, 230 + r)
        a.paint(a.arc(box, -40, 40, 6), rgb("#1F6FEB"), 0.7 - i * 0.18)


def mechanical_keyboard(a: Art) -> None:
    a.shadow((20, 320, 460, 356), 0.4, 12)
    case = a.poly([(40, 120), (440, 120), (462, 330), (18, 330)])
    a.drop_shadow(case, 6, 12, 14, 0.35)
    a.paint(case, Linear(rgb("#4A4F58"), rgb("#2B2E34"), angle=90))
    a.paint(a.poly([(18, 330), (462, 330), (460, 342), (20, 342)]), rgb("#1A1C20"))
    rows = [
        [1] * 13 + [2],
        [1.5] + [1] * 12 + [1.5],
        [1.75] + [1] * 11 + [2.25],
        [2.25] + [1] * 10 + [2.75],
        [1.25, 1.25, 1.25, 6.25, 1.25, 1.25, 1.25, 1.25],
    ]
    letters = ["QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"]
    top_y, bottom_y = 134, 318
    row_h = (bottom_y - top_y) / len(rows)
    for r, row in enumerate(rows):
        y0 = top_y + r * row_h
        y1 = y0 + row_h - 4
        # Perspective: rows nearer the viewer are a little wider.
        inset = 34 - r * 4.2
        left, right = 40 + inset - 12, 440 - inset + 12
        unit = (right - left) / sum(row)
        x = left
        for i, w in enumerate(row):
            x0, x1 = x + 2, x + w * unit - 2
            key_colour = rgb("#F2F2EE")
            if (r, i) in ((0, 0), (2, len(row) - 1)) or (r == 4 and i == 3):
                key_colour = rgb("#FF6A3D") if r != 4 else rgb("#E9E7E0")
            a.paint(a.rect((x0, y0, x1, y1), 5), shade(key_colour, 0.72))
            a.paint(a.rect((x0 + 3, y0 + 1, x1 - 3, y1 - 7), 4), Linear(shade(key_colour, 1.1), key_colour, angle=90))
            if 1 <= r <= 3:
                li = i - 1
                if 0 <= li < len(letters[r - 1]):
                    a.text(((x0 + x1) / 2, (y0 + y1) / 2 - 3), letters[r - 1][li], 11, rgb("#4A4D55"), bold=True)
            x += w * unit
    a.paint(a.poly([(40, 120), (440, 120), (442, 134), (38, 134)]), (255, 255, 255), 0.12)
    a.text((240, 127), "• • •", 8, rgb("#3DDC84"))


def wireless_mouse(a: Art) -> None:
    a.shadow((150, 350, 340, 390), 0.4, 12)
    outline = bezier((240, 60), (330, 60), (350, 200), (340, 260), 30)[:-1] + bezier((340, 260), (330, 360), (280, 380), (240, 380), 20)
    outline = outline + [(480 - x, y) for x, y in reversed(outline)]
    body = a.poly(outline)
    a.drop_shadow(body, 8, 12, 14, 0.35)
    a.paint(body, Radial(rgb("#6D7480"), rgb("#3A3F48"), rgb("#1D2026"), centre=(0.4, 0.35), radius=0.9))
    buttons = a.clip(body, a.rect((100, 40, 380, 190)))
    a.paint(buttons, Linear(rgb("#8A919C"), rgb("#505660"), angle=90), 0.5)
    a.paint(a.stroke([(240, 62), (240, 190)], 3), rgb("#15171B"), clip=body)
    a.paint(a.stroke(bezier((150, 186), (240, 206), (330, 186)), 3), rgb("#15171B"), clip=body)
    a.paint(a.rect((228, 92, 252, 150), 12), rgb("#101114"))
    a.paint(a.rect((232, 96, 248, 146), 8), Linear(rgb("#9EA4AD"), rgb("#3B3F46"), rgb("#9EA4AD")))
    for y in range(102, 144, 6):
        a.paint(a.stroke([(233, y), (247, y)], 1.2), rgb("#2A2C31"), 0.7)
    a.paint(a.poly(bezier((180, 90), (200, 70), (230, 66)) + [(230, 170), (170, 180)]), (255, 255, 255), 0.12, clip=body)
    a.paint(a.circle((240, 320), 10), rgb("#2A2D33"))
    a.text((240, 320), "ᛒ", 12, rgb("#4DA3FF"), bold=True)
    a.paint(a.circle((240, 230), 3), rgb("#3DDC84"))


def _glow_points(path: list[tuple[float, float]], step: float) -> list[tuple[float, float]]:
    out, carry = [], 0.0
    for (x0, y0), (x1, y1) in zip(path, path[1:]):
        seg = math.hypot(x1 - x0, y1 - y0)
        d = step - carry
        while d <= seg:
            t = d / seg
            out.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
            d += step
        carry = seg - (d - step)
    return out


def led_strip(a: Art) -> None:
    a.shadow((60, 350, 260, 390), 0.35, 12)
    reel = a.circle((160, 260), 110)
    a.drop_shadow(reel, 6, 10, 12, 0.3)
    a.paint(reel, Radial(rgb("#FFFFFF"), rgb("#E8EAEE"), rgb("#C9CDD4"), radius=0.7))
    for r in range(96, 40, -6):
        a.paint(a.ring((160 - r, 260 - r, 160 + r, 260 + r), 4), rgb("#F4F1E6"))
        a.paint(a.ring((160 - r, 260 - r, 160 + r, 260 + r), 1.4), rgb("#C4B98F"), 0.7)
    a.paint(a.circle((160, 260), 36), rgb("#D8DBE1"))
    a.paint(a.circle((160, 260), 24), (236, 238, 242))
    path = [(200, 168)] + bezier((200, 168), (250, 40), (330, 260), (420, 60), 60)[1:]
    strip = a.stroke(path, 26, caps=False)
    a.drop_shadow(strip, 5, 10, 8, 0.2)
    a.paint(strip, rgb("#F7F4EA"))
    a.paint(a.stroke(path, 26, caps=False), rgb("#CFC7A8"), 0.4, clip=a.minus(strip, a.stroke(path, 20, caps=False)))
    colours = [rgb("#FF3B6B"), rgb("#FFB020"), rgb("#3DDC84"), rgb("#2FA8FF"), rgb("#A86BFF")]
    points = _glow_points(path, 24)
    glow = [a.circles([p for j, p in enumerate(points) if j % len(colours) == i], 13) for i in range(len(colours))]
    for i, g in enumerate(glow):
        a.glow(g, colours[i], 10, 0.8)
    for j, p in enumerate(points):
        c = colours[j % len(colours)]
        a.paint(a.rect((p[0] - 6, p[1] - 6, p[0] + 6, p[1] + 6), 2), shade(c, 1.45))
        a.paint(a.circle(p, 3.5), (255, 255, 255))


def action_camera(a: Art) -> None:
    a.shadow((90, 340, 390, 380), 0.4, 12)
    body = a.rect((90, 110, 390, 350), 36)
    a.drop_shadow(body, 8, 12, 14, 0.35)
    a.paint(body, Linear(rgb("#4A4E56"), rgb("#2A2D33"), rgb("#141518"), angle=80))
    a.paint(a.rect((96, 114, 384, 140), 24), (255, 255, 255), 0.08)
    a.paint(a.rect((300, 88, 360, 112), 6), Linear(rgb("#E23B3B"), rgb("#A51F1F")))
    a.paint(a.rect((130, 98, 170, 112), 4), rgb("#1C1E22"))
    lens_c = (190, 240)
    a.paint(a.circle(lens_c, 88), Linear(rgb("#5B6069"), rgb("#1F2125"), angle=60))
    a.paint(a.circle(lens_c, 74), rgb("#0A0B0D"))
    a.paint(a.circle(lens_c, 58), Radial(rgb("#35406B"), rgb("#141833"), rgb("#05060A"), centre=(0.45, 0.45)))
    a.paint(a.ring((lens_c[0] - 44, lens_c[1] - 44, lens_c[0] + 44, lens_c[1] + 44), 3), rgb("#5A3D8C"), 0.7)
    a.paint(a.circle(lens_c, 24), Radial(rgb("#2E7D7A"), rgb("#0C1A2A"), centre=(0.4, 0.4)))
    a.paint(a.oval((160, 200, 196, 226)), (255, 255, 255), 0.75)
    a.paint(a.circle((214, 268), 6), (255, 255, 255), 0.4)
    screen = a.rect((298, 170, 370, 250), 10)
    a.paint(screen, rgb("#0B0C0E"))
    a.paint(a.rect((304, 176, 364, 244), 6), Linear(rgb("#1E4E7A"), rgb("#0E1C2E")))
    a.text((334, 202), "4K", 24, (255, 255, 255), bold=True)
    a.text((334, 228), "60fps", 11, rgb("#9EC9F0"))
    a.paint(a.circle((364, 296), 7), Radial(rgb("#FF9A9A"), rgb("#E01E1E")))
    a.text((334, 322), "HERO", 13, rgb("#8D929B"), bold=True)


def headphones(a: Art) -> None:
    a.shadow((80, 360, 400, 396), 0.4, 12)
    band = a.arc((90, 40, 390, 360), 180, 360, 26)
    a.drop_shadow(band, 6, 10, 10, 0.25)
    a.paint(band, Linear(rgb("#3A3E46"), rgb("#1A1C20"), angle=90))
    pad = a.arc((104, 54, 376, 346), 200, 340, 12)
    a.paint(pad, rgb("#5A5F69"), 0.6)
    for x in (112, 368):
        slider = a.rect((x - 8, 196, x + 8, 262), 4)
        a.paint(slider, Linear(rgb("#E8EAED"), rgb("#9CA1A9"), rgb("#D9DCE0"), angle=0))
        a.paint(a.stroke([(x, 200), (x, 258)], 1.5), rgb("#7A7F88"), 0.8)
    for cx, flip in ((118, 1), (362, -1)):
        cup = a.rect((cx - 48, 240, cx + 48, 380), 46)
        a.drop_shadow(cup, 6, 10, 12, 0.35)
        a.paint(cup, Linear(rgb("#4B5059"), rgb("#24272C"), rgb("#141518"), angle=0 if flip > 0 else 180))
        cushion = a.rect((cx + flip * 22 - 30, 248, cx + flip * 22 + 30, 372), 30)
        a.paint(cushion, Radial(rgb("#3A3D44"), rgb("#1B1D21"), centre=(0.5, 0.45)))
        a.paint(a.rect((cx - 40, 252, cx - 14, 340), 13), (255, 255, 255), 0.12)
        a.paint(a.circle((cx - flip * 14, 310), 13), rgb("#B8BDC5"), 0.9)
        a.paint(a.circle((cx - flip * 14, 310), 9), rgb("#2A2D33"))
    a.paint(a.arc((100, 50, 380, 350), 215, 250, 5), (255, 255, 255), 0.3)


PRODUCTS = {
    "wireless-earbuds": ("Wireless Earbuds Pro", wireless_earbuds),
    "smartwatch": ("Smart Watch S8", smartwatch),
    "phone-case": ("Silicone Phone Case", phone_case),
    "power-bank": ("Power Bank 20000 mAh", power_bank),
    "usb-c-cable": ("USB-C Cable 2 m", usb_c_cable),
    "bluetooth-speaker": ("Bluetooth Speaker", bluetooth_speaker),
    "mechanical-keyboard": ("Mechanical Keyboard", mechanical_keyboard),
    "wireless-mouse": ("Wireless Mouse", wireless_mouse),
    "led-strip": ("LED Strip 5 m", led_strip),
    "action-camera": ("Action Camera 4K", action_camera),
    "headphones": ("Over-Ear Headphones", headphones),
}
