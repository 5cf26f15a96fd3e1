"""English names of Chinese regions: romanised as place names, designations as in English usage."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from model.naming import english_name, romanise, short_english_name


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("沈阳市", "Shenyang"),
        ("大连市", "Dalian"),
        ("葫芦岛市", "Huludao"),
        ("和平区", "Heping District"),
        ("康平县", "Kangping County"),
        ("瓦房店市", "Wafangdian"),
        ("义县", "Yi County"),
        # place-name readings of heteronyms
        ("长海县", "Changhai County"),
        ("朝阳市", "Chaoyang"),
        ("弓长岭区", "Gongchangling District"),
        ("重庆市", "Chongqing"),
        ("乐亭县", "Laoting County"),
        ("六安市", "Lu'an"),
        # apostrophes before a, o, e syllables; ü kept
        ("台安县", "Tai'an County"),
        ("西安市", "Xi'an"),
        ("旅顺口区", "Lüshunkou District"),
        # autonomous areas name their ethnic groups
        ("延边朝鲜族自治州", "Yanbian Korean Autonomous Prefecture"),
        ("岫岩满族自治县", "Xiuyan Manchu Autonomous County"),
        ("海西蒙古族藏族自治州", "Haixi Mongol Tibetan Autonomous Prefecture"),
        ("喀喇沁左翼蒙古族自治县", "Kalaqin Left Wing Mongol Autonomous County"),
        ("鄂温克族自治旗", "Ewenki Autonomous Banner"),
        ("龙胜各族自治县", "Longsheng Multi-Ethnic Autonomous County"),
        # other designations
        ("兴安盟", "Xing'an League"),
        ("阿勒泰地区", "Aletai Prefecture"),
        ("神农架林区", "Shennongjia Forestry District"),
        ("科尔沁左翼中旗", "Ke'erqin Left Wing Middle Banner"),
    ],
)
def test_english_names(zh, en):
    assert english_name(zh) == en


@pytest.mark.parametrize(
    ("zh", "adcode", "en"),
    [
        ("内蒙古自治区", "150000", "Inner Mongolia"),
        ("陕西省", "610000", "Shaanxi"),
        ("山西省", "140000", "Shanxi"),
        ("西藏自治区", "540000", "Tibet"),
        ("香港特别行政区", "810000", "Hong Kong"),
        ("油尖旺区", "810005", "Yau Tsim Mong District"),
        ("乌鲁木齐市", "650100", "Ürümqi"),
        ("伊犁哈萨克自治州", "654000", "Ili Kazak Autonomous Prefecture"),
    ],
)
def test_official_english_names_win_over_romanisation(zh, adcode, en):
    assert english_name(zh, adcode) == en


def test_short_names_for_labels_drop_designations():
    assert short_english_name("岫岩满族自治县") == "Xiuyan"
    assert short_english_name("和平区") == "Heping"
    assert short_english_name("油尖旺区", "810005") == "Yau Tsim Mong"
    assert short_english_name("中西区", "810001") == "Central and Western"
    assert short_english_name("阿坝藏族羌族自治州", "513200") == "Ngawa"
    assert short_english_name("锡林郭勒盟", "152500") == "Xilingol"


@given(
    st.text(
        alphabet="沈阳大连鞍山抚顺本溪丹东锦州营口阜新辽阳盘锦铁岭朝葫芦岛长乐安西", min_size=1, max_size=6
    )
)
def test_romanisation_is_capitalised_latin(text):
    roman = romanise(text)
    assert re.fullmatch(r"[A-Z][a-zü']*", roman), roman
    assert "''" not in roman
