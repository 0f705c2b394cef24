"""The overlap check finds what covers what on one frame, and lets pass what is drawn on purpose."""
from game.core.overlap import Box, overlaps


def test_two_blocks_of_text_over_each_other_are_found():
    found = overlaps([Box("text", (10, 10, 200, 40), "first"), Box("text", (50, 20, 200, 40), "second")])
    assert found == ["text over text: 'first' and 'second'"]


def test_lines_that_share_only_their_leading_or_a_pixel_are_not_found():
    # one line's box ends 4 px into the next (within the leading), and a 2 px touch side by side
    assert overlaps([Box("text", (10, 10, 200, 40), "a"), Box("text", (10, 46, 200, 40), "b"),
                     Box("text", (208, 10, 100, 40), "c")]) == []


def test_a_label_inside_its_button_is_fine_but_text_half_under_a_button_is_not():
    button = Box("button", (100, 100, 300, 60), "replay")
    assert overlaps([button, Box("text", (120, 110, 200, 40), "label")]) == []
    assert overlaps([button, Box("text", (20, 120, 200, 40), "caption")]) == [
        "text half under button 'replay': 'caption'"]


def test_buttons_badges_and_shapes():
    assert overlaps([Box("button", (0, 0, 100, 50), "a"), Box("button", (90, 10, 100, 50), "b")]) == [
        "buttons over each other: 'a' and 'b'"]
    assert overlaps([Box("badge", (0, 0, 30, 30), "tell 1"), Box("badge", (20, 20, 30, 30), "tell 2")]) == [
        "badges over each other: 'tell 1' and 'tell 2'"]
    assert overlaps([Box("shape", (0, 40, 200, 30), "voice bars"), Box("text", (0, 30, 200, 40), "caller's number")]) == [
        "voice bars over text: \"caller's number\""]


def test_text_on_a_picture_is_fine_but_half_over_its_edge_is_not():
    picture = Box("picture", (0, 0, 640, 360), "clip")
    assert overlaps([picture, Box("text", (10, 10, 200, 40), "name on the pane")]) == []
    assert overlaps([picture, Box("text", (10, 340, 200, 40), "caption")]) == ["text half over the picture: 'caption'"]


def test_a_tell_badge_over_a_marked_region_is_found_but_one_beside_it_is_not():
    region = Box("region", (100, 100, 200, 80), "tell 1")
    assert overlaps([region, Box("badge", (100, 70, 30, 27), "tell 1")]) == []          # just above it
    assert overlaps([region, Box("badge", (120, 110, 30, 27), "tell 2")]) == [
        "badge 'tell 2' over the region of 'tell 1'"]
    # in the corner of a region that fills the picture (no free place left) it hides little of it
    assert overlaps([Box("region", (0, 0, 640, 300), "tell 3"), Box("badge", (3, 3, 30, 27), "tell 3")]) == []
