"""Trigger lexicons (EN/RU/UK) for the five acts and for the confusables around them.

Patterns are stem based regular expressions over lower-cased text. Event triggers are
verbs and event nouns ("escaped", "сбежали", "втекли", "побег из"), never the bare
names of offences ("самовольное оставление части" in a law commentary is not an event).
"""

from __future__ import annotations

import re
from functools import lru_cache

FLAGS = re.IGNORECASE | re.UNICODE

# Kinds of trigger. "capture" and "search" are soft enforcement: when the incident already
# has the desertion or mutiny they follow from, they are outcomes, not acts of their own.
KINDS = ("protest", "flight", "desertion", "mutiny", "refusal", "capture", "search", "coercion", "prosecution")
KIND_ACT = {
    "protest": "mutiny",  # a protest is a mutiny only when soldiers themselves protest
    "flight": "desertion",  # bare "ran away": desertion only when soldiers are the subject
    "desertion": "desertion",
    "mutiny": "mutiny",
    "refusal": "refusal",
    "capture": "enforcement",
    "search": "enforcement",
    "coercion": "enforcement",
    "prosecution": "prosecution",
}

_MIL_PLACE_EN = (
    r"(?:(?:their|his|her|the|a|an|its|one of the|one of their)\s+)?(?:own\s+)?(?:local\s+)?"
    r"(?:military\s+|army\s+|training\s+|combat\s+)?"
    r"(?:units?|base|barracks|posts?|positions?|garrison|commandant'?s?\s+office|commissariat|training\s+(?:ground|centre|center|camp)|"
    r"assembly\s+point|front(?:\s*lines?)?|service|duty|military|army|deployment|hospital|holding\s+(?:area|site)|the\s+facility|facility|command\s+post)"
)

_EN = {
    "protest": [
        r"\bstaged\s+(?:a\s+)?(?:riot|protest|mutiny|revolt|rebellion|walkout|sit-in)\b",
        r"\b(?:protest(?:ed|ing)?|protests)\b(?=[^.]{0,80}\b(?:conditions|officer|commander|colonel|training|leave|weapons|rifles|firewood|food)\b)",
    ],
    "desertion": [
        r"(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)(?<!looked\s)(?<!seemed\s)\bdeserted\b(?!\s+(?:island|area|streets?|village|road|town|city|building|house|houses|beach|land))",
        r"\b(?:were|was|are|is)\s+deserting\b",
        r"\b(?:went|gone)\s+awol\b",
        r"\b(?:went|gone|was|were|been)\s+(?:reported\s+|listed\s+|declared\s+|found\s+)?absent\s+without\s+(?:official\s+)?leave\b",
        r"\b(?:soldiers?|servicem[ae]n|contract\s+soldier|conscripts?|sailors?|officers?|deserters?)\s+(?:who\s+)?(?:had\s+)?fled\s+(?:abroad|the\s+country)\b",
        r"\b(?:been|was|were|is|are|listed\s+as|registered\s+as)\s+awol\b",
        r"\b(?:left|leaving|leave|abandon(?:ed|ing)?|quit)\s+" + _MIL_PLACE_EN + r"(?:\s+\w+){0,3}?\s+without\s+(?:permission|authori[sz]ation|leave)",
        r"\b(?:left|leaving|leave|quit)\s+(?:a|an|the|their|his|her)\s+(?:\w+\s+){0,2}(?:hospital|unit|base|barracks|camp|post)\b(?:\s+[\w-]+){0,5}?\s+without\s+(?:permission|authori[sz]ation|leave)",
        r"\babandon(?:ed|ing)\s+(?!(?:their\s+|the\s+|its\s+)?positions?\b(?!\s+without))" + _MIL_PLACE_EN,
        r"\b(?:escaped|escaping|fled|fleeing|ran\s+away|run\s+away|broke\s+out|breaking\s+out|slipped\s+out)\s+(?:from|out\s+of)\s+" + _MIL_PLACE_EN,
        r"\b(?:escaped|fled|deserted|left)\s+(?:from\s+)?(?:the|their|his|her|a|an)\s+(?:\w+\s+){0,2}(?:unit|base|barracks|commandant'?s?\s+office|garrison|training\s+(?:ground|cent(?:re|er)|camp)|army)\b(?!\s+without)",
        r"\b(?:escaped|fled|broke\s+out\s+of|slipped\s+out\s+of)\s+(?:from\s+)?(?:the|their|his|her|a|an)\s+(?:\w+\s+){0,2}(?:hospital|guardhouse|holding\s+(?:site|area|facility|cent(?:re|er))|detention\s+(?:site|facility|cent(?:re|er)))\b",
        r"\b(?:ran|run|fled|escaped|disappeared|vanished)\s+(?:off\s+)?into\s+the\s+(?:\w+\s+)?(?:steppe|forest|woods|taiga|fields?|night|darkness)\b",
        r"\bset\s+off\s+(?:\w+\s+){0,3}on\s+foot\b",
        r"\bslip(?:ped|s)?\s+out\s+of\s+" + _MIL_PLACE_EN,
        r"\b(?:fled|escaped|ran\s+off|disappeared)\s+with\s+(?:his|their|her|a|an)\s+(?:\w+\s+)?(?:rifles?|weapons?|guns?|kalashnikovs?|machine\s+guns?)\b",
        r"\b(?:vanished|disappeared|went\s+missing|(?:were|was)\s+(?:found\s+to\s+be\s+|reported\s+)?missing)\s+from\s+" + _MIL_PLACE_EN,
        r"\b(?:failed|did\s+not|didn'?t)\s+(?:to\s+)?report\s+(?:back\s+)?(?:for|to)\s+(?:duty|service|(?:his|their|the)\s+unit)\b",
        # leaving positions is a retreat, unless a court or the man's hiding frames it as his own
        r"(?:according\s+to\s+(?:the\s+)?(?:verdict|case\s+file|court|prosecutors?|investigators?|indictment)|the\s+court\s+(?:found|established))[^.]{0,80}?\b(?:left|abandoned|deserted)\s+(?:his|their|her)\s+(?:combat\s+)?positions?\b",
        r"\b(?:left|abandoned|quit)\s+(?:his|their|her)\s+(?:combat\s+)?(?:positions?|posts?)\b(?=[^.]{0,100}\b(?:hid|hiding|went\s+home|headed\s+home|on\s+foot|towards\s+the\s+border))",
        r"\bwalk(?:ed|ing)\s+away\s+from\s+(?:their|his|her|the)\s+(?:\w+\s+)?(?:positions?|units?|posts?|trenches)\b",
        r"\b(?:overpower\w*|disarm\w*|attack\w*|beat(?:ing)?)\s+(?:the\s+|their\s+|a\s+|an\s+)?(?:guards?|sentr(?:y|ies)|escorts?|sentinels?)\b[^.]{0,50}?\b(?:escaped|fled|ran\s+away|broke\s+out)\b",
        r"\b(?:soldiers?|servicem[ae]n|troops|conscripts|recruits|draftees|mobilized|mobilised|contract\s+soldiers|personnel|deserters|escapees)\s+(?:(?!who\b|that\b|which\b|had\b|have\b)\w+\s+){0,2}(?:escaped|fled|ran\s+away|walked\s+out|broke\s+out)\b",
        r"\b(?:failed|fail|did\s+not|didn'?t|never)\s+(?:to\s+)?return(?:ed)?\s+(?:to|from)\s+(?:their|his|the)?\s*(?:military\s+)?(?:units?|leave|service|post|base|training)",
        r"\b(?:attempt(?:ed|s)?|tried|trying)\s+(?:a\s+)?(?:mass\s+|daring\s+|audacious\s+)?(?:to\s+)?(?:escape|flee|break\s+out)\b",
        r"\b(?:mass|attempted)\s+(?:escape|breakout|desertion)\b",
        r"\bescape\s+attempt\b",
        r"\bwalk(?:ed|ing)\s+out\s+of\s+(?:the|their)\s+(?:barracks|unit|base)",
        r"\bleft\s+(?:the|their)\s+(?:military\s+)?(?:unit|facility|barracks|base|premises)\b",
        r"\bmanaged\s+to\s+(?:escape|flee|leave)\b",
        r"\bdefect(?:ed|ing)\s+(?:\w+\s+){0,3}to\s+(?:ukraine|russia|the\s+(?:ukrainian|russian|other)\s+side|the\s+enemy)",
        r"\b(?:failed|did\s+not|didn[’']t)\s+(?:to\s+)?report\s+(?:back\s+)?(?:for\s+duty|to\s+(?:his|their|the)\s+unit)",
        r"\b(?:seven|\d+|several|dozens?\s+of|hundreds\s+of)\s+(?:\w+\s+){0,2}(?:soldiers|servicemen|troops)\s+deserted\b",
    ],
    "mutiny": [
        r"\bmutin(?:y|ies|ied|ying|eers?|ous)\b",
        r"\briot(?:s|ed|ing|ers)?\b(?!\s+(?:police|gear|squad|control|shields?|officers?|troops))",
        r"\bpogrom(?:s|ed)?\b",
        r"\brevolt(?:ed|ing)?\b",
        r"\brebell(?:ed|ion)\b",
        r"\bbr(?:oke|eak|eaking)\s+(?:through\s+|open\s+|down\s+)?(?:the\s+|a\s+)?(?:fence|gate|barrier|fencing|door)",
        r"\bbreach(?:ed)?\s+the\s+(?:fence|gate|perimeter)",
        r"\bsmash(?:ed|ing)\s+(?:up\s+)?(?:the\s+)?(?:windows|premises|furniture|doors)",
        r"\bpushing\s+past\s+(?:security\s+)?guards\b|\bpushed\s+past\s+(?:the\s+)?guards\b",
        r"\boverpower(?:ed|ing)\s+(?:the\s+|their\s+|a\s+|an\s+)?(?:guards?|sentr(?:y|ies)|escorts?|sentinels?)\b",
        r"\b(?:shoved|pushed|beat\s+up|assaulted)\s+(?:a\s+|an\s+|the\s+|their\s+)?(?:\w+\s+)?(?:officer|commander|major|colonel|captain|lieutenant|sergeant)s?\b",
        r"\b(?:chased|chase)\s+away\s+(?:a\s+|the\s+)?(?:\w+\s+){0,2}officer",
        r"\b(?:struck|hit|punched|attacked)\s+(?:the\s+|an\s+|a\s+)?(?:\w+\s+)?(?:officer|commander)",
        r"\btook\s+(?:their\s+|the\s+|a\s+)?(?:\w+\s+)?(?:commanders?|officers?)\s+hostage",
    ],
    "refusal": [
        r"\brefus(?:ed|e|es|ing)\s+(?:on\s+\w+\s+|again\s+|outright\s+|openly\s+)?to\s+(?:\w+\s+){0,2}(?:fight|serve|deploy|return|go|take\s+part|obey|carry\s+out|continue|participate|follow|storm|advance|attack|be\s+sent|sign\s+(?:\w+\s+){0,2}contracts?|extend\s+(?:\w+\s+){0,2}contracts?)",
        r"\brefusal\s+to\s+(?:fight|serve|deploy|return|obey|take\s+part|go)",
        r"\brefus(?:ed|e|ing)\s+(?:an?\s+|the\s+|their\s+)?(?:\w+\s+)?orders?\b",
        r"\brefusal\s+(?:to\s+serve\s+)?letter\b|\bletter\s+(?:of\s+)?refus",
        r"\b(?:wrote|write|submitted|filed|handed\s+in|signed)\s+(?:a\s+|their\s+|joint\s+|formal\s+)?(?:\w+\s+){0,2}(?:reports?|letters?|requests?|statements?)\b(?=[^.]{0,120}\b(?:refus|terminat|leave|resign|discharg|not\s+agree|couldn[’']?t\s+continue|could\s+not\s+continue|cannot\s+continue|can[’']t\s+continue|quit|end\s+(?:the|their)\s+contract|stop)\w*)",
        r"\b(?:wrote|write|submitted|filed|handed\s+in|signed)\s+(?:\w+\s+){0,2}(?:resignation|discharge|termination|dismissal)\s+(?:letters?|reports?|requests?|papers)",
        r"\b(?:handed\s+(?:in|over)|laid\s+down|lay\s+down|gave\s+up)\s+(?:their|his)\s+(?:weapons|arms|rifles)",
        r"\b(?:terminated|broke|ended|cancel(?:led|ed))\s+(?:their|the|his)\s+(?:military\s+)?contracts?\b",
        r"\bdeclin(?:ed|ing)\s+to\s+(?:fight|deploy|return)",
        r"\brefus(?:ed|e|es|ing)\s+(?:on\s+\w+\s+)?to\s+(?:board|get\s+on|get\s+into|leave\s+for|travel\s+to|move\s+to)\b",
        r"\b(?:they|soldiers|men|he|troops|servicemen)\s+refused\b(?=\s*[,.;])",
        r"\bdid\s+not\s+want\s+to\s+(?:continue\s+)?(?:the\s+)?fight",
        r"\bprotested\s+orders\b",
        r"\brefuseniks?\b(?=[^.]{0,60}\b(?:held|kept|detained|locked)\b)",
    ],
    "capture": [
        r"\b(?:detained|apprehended|captured|arrested|caught|recaptured|nabbed|grabbed|seized|rounded\s+up)\b"
        r"(?!\s+(?:the\s+|a\s+)?(?:village|town|city|settlement|positions?|territory|trenches|bridgehead|heights?|weapons|documents|equipment|ammunition|drugs|phones|control))",
        r"\btaken\s+into\s+custody\b|\b(?:remanded|placed)\s+in\s+custody\b",
        r"\b(?:tracked|hunted)\s+down\b|\brounded\s+(?:them|him|\w+\s+\w+)\s+up\b",
        r"\b(?:sent|brought|took|taken)\s+(?:him|them|her)\s+back\s+to\s+(?:the\s+|their\s+|his\s+)?(?:unit|front|war|combat)\b",
        r"\b(?:returned|brought\s+back|sent\s+back|redeployed|forcibly\s+returned)\s+to\s+(?:the\s+|their\s+|his\s+)?(?:unit|front|war|combat)",
        r"(?<!the\s)\bkidnapp(?:ed|ing)\b(?!\s+(?:people|persons|hostages|israelis))|\babduct(?:ed|ing)\b|\bdragged\b",
    ],
    "search": [
        r"\b(?:being|are|is|were|was|still)\s+(?:still\s+)?(?:sought|searched\s+for|hunted|wanted)\b",
        r"\bsearch(?:ing|ed)?\s+for\s+(?:the\s+)?(?:deserters?|fugitives?|runaways?|escapees|them|servicem[ae]n|soldiers)",
        r"\bmanhunt\b|\bpolice\s+(?:are|were)\s+looking\s+for\b|\blooking\s+for\s+the\s+rest\b",
        r"\bpatroll(?:ed|ing)\b(?=[^.]{0,80}\bdeserters?\b)",
    ],
    "coercion": [
        r"\b(?:held|kept|locked|imprisoned|confined|detained)\s+(?!back)(?:up\s+)?(?:\w+\s+){0,4}(?:in|at|inside)\s+(?:a\s+|the\s+)?(?:\w+\s+){0,3}(?:basements?|cellars?|pits?|camps?|garages?|cells?|containers?|cages?|facility|facilities|centers?|centres?|commandant'?s?\s+office|prison|detention)",
        r"\b(?:locked|being\s+held|held\s+captive|kept\s+captive|held\s+incommunicado|held\s+hostage)\b(?!\s+back)",
        r"\b(?:are|were|was|is)\s+(?:\w+\s+)?(?:held|kept)\s+(?:by\s+(?:their|the)\s+(?:commanders?|superiors|military|command)|without\s+(?:trial|charge))",
        r"\btortur(?:ed|ing|e)\b|\bbeat(?:en|ing)?\s+(?:him|them|her|up)\b|\bstun\s+gun\b|\btaser\b|\bhandcuff",
        r"\bforcibly\s+(?:\w+\s+){0,2}(?:detained|kept|held|returned|taken|took|dragged|sent|seized|removed)",
        r"\bdetention\s+camps?\b",
        r"\b(?:were|was|been|then)\s+(?:\w+\s+)?disarmed\b|\b(?:sent|transferred|moved)\s+(?:\w+\s+){0,2}to\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:assault|penal|storm)\s+(?:detachment|unit|company|group|squad)s?\b(?=[^.]{0,40}\bpunish)",
        r"\b(?:put|placed|thrown|threw|locked|shut|dumped)\s+(?:\w+\s+){0,2}(?:in|into)\s+(?:a\s+|the\s+)?(?:pits?|holes?|basements?|cellars?|cages?|cells?|zindans?)\b",
        r"\bsearch(?:ed|es)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+){0,2}(?:homes?|flats?|apartments?|houses?)\b|\braid(?:ed|s)?\s+(?:on\s+)?(?:a\s+|the\s+)?(?:\w+\s+){0,2}(?:homes?|flats?|apartments?|houses?|hostels?|dormitor\w+)\b",
        r"\b(?:question(?:ed|ing)|interrogat(?:ed|ing))\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:relatives|parents|mother|father|wife|brother|sister|family)\b",
        r"\b(?:visit(?:ed|ing)|went\s+to|came\s+to)\s+(?:the\s+)?homes?\s+of\b|\bwent\s+door\s+to\s+door\b|\bwarn(?:ed|ing)\s+(?:their\s+|the\s+|his\s+)?(?:relatives|families|parents|wives|mothers)\b",
        r"\bpressur(?:ed|ing)\s+(?:\w+\s+){0,3}(?:back\s+to\s+the\s+front|to\s+return|with\s+threats)",
    ],
    "prosecution": [
        r"\bsentenc(?:ed|ing)\b(?!\s+(?:structure))",
        r"\bcourt\s+(?:\w+\s+){0,3}(?:acquitted|released\s+(?:\w+\s+){0,3}from\s+(?:criminal\s+)?liability|closed\s+the\s+case|dropped\s+the\s+case)",
        r"\bjailed\b|\b(?:gave|given|handed(?:\s+down)?)\s+(?:\w+\s+){0,4}?(?:\w+|\d+)\s+(?:years?|months?)\s+(?:in\s+(?:prison|jail|a\s+penal\s+colony)|behind\s+bars|of\s+(?:imprisonment|prison)|suspended)",
        r"\bconvicted\b|\bfound\s+guilty\b",
        r"\b(?:got|received)\s+(?:\w+\s+){1,4}(?:years?|months?)\s+(?:in\s+(?:prison|jail|a\s+penal\s+colony)|behind\s+bars|of\s+(?:imprisonment|prison))",
        r"\bcharged\s+(?:with|under)\b",
        r"\bcriminal\s+(?:case|proceedings?)\s+(?:was|were|has\s+been|have\s+been)?\s*(?:opened|launched|initiated|brought|filed)",
        r"\bopened\s+(?:a\s+)?criminal\s+(?:case|proceedings?)",
        r"\b(?:announced|served|notified\s+of)\s+(?:a\s+)?suspicion\b|\bsuspicion\s+of\s+desertion\b",
        r"\bremanded\b|\bsent\s+under\s+arrest\b|\bpre-?trial\s+detention\b",
        r"\bcourt\s+(?:\w+\s+){0,3}(?:sentenced|convicted|ordered|remanded|detained|found)\b",
    ],
}

_RU = {
    "protest": [
        r"\b(?:устроили|устроил|провели)\s+(?:\w+\s+)?(?:протест|акцию\s+протеста|демарш|погром|дебош)\b",
        r"\bакци\w+\s+протеста\s+(?:военнослужащих|солдат|мобилизованных|срочников|контрактников)\b",
    ],
    "flight": [r"\b(?:с|у)?бежал[аи]?\b|\bсбегал[аи]?\b"],
    "desertion": [
        r"\bсбежавш\w*\b(?=[^.]{0,40}(?:част|служб|полигон|комендатур))",
        r"\bдезертирова(?:л|ли|ла|вш\w*)\b",
        r"\bсамовольно\s+(?:\w+\s+){0,2}(?:остав|покину|покида|уш(?:е|ё)л|ушл|оставля|оставил|покинул)\w*",
        r"\b(?:уш[её]л|ушла|ушли|сбежал[аи]?)\s+в\s+(?:самоволку|соч|сзч)\b|\bиду\s+в\s+сзч\b",
        r"\b(?:находил(?:ся|ись|ась)|был[аи]?)\s+в\s+(?:соч|сзч|самоволке)\b",
        r"\b(?:в|на)\s+(?:\w+\s+){0,3}(?:част\w*|служб\w*|расположени\w*)\s+(?:так\s+и\s+)?не\s+(?:вернул|явил)(?:ся|ись|ась)\b",
        r"\bне\s+вернул(?:ся|ись|ась)\s+(?:в|из|на)\s+(?:воинскую\s+|военную\s+|свою\s+)?(?:част|отпуск|служб|расположени|полк|подразделени)\w*",
        r"\b(?:совершил[аи]?|устроил[аи]?|предприняли)\s+(?:\w+\s+)?(?:побег|попытку\s+(?:массового\s+)?побега)\b",
        r"\bпобег\w*\s+(?:\d+\s+\w+\s+|\w+\s+){0,3}(?:из|с)\s+(?:\w+\s+)?(?:част|комендатур|полигон|казарм|расположени|учебн)\w*",
        r"\bпопыта(?:лись|лся)\s+(?:с|у)?бежать\b|\bпытал(?:ись|ся)\s+(?:с|у)?бежать\b",
        r"\bпокинул[аи]?\s+(?:\w+\s+){0,2}(?:воинскую\s+|военную\s+)?(?:част|расположени|казарм|пост|место\s+службы)\w*(?!\s+(?:дпс|гаи|гибдд|полиции|\"))",
        r"\bоставил[аи]?\s+(?:\w+\s+)?(?:пост|место\s+службы|расположение)\b",
        r"\bскрыл(?:ись|ся)\s+(?:из|с)\b|\bвышли\s+из\s+(?:воинской\s+|военной\s+)?части\b",
        r"\bсамовольно\s+отлучил\w*|\bперешл?[ёе]?л?[аи]?\s+на\s+сторону\s+(?:ВСУ|Украины|противника|врага)",
        r"\bпрорвал(?:ись|ся)\s+(?:за\s+пределы|наружу)",
        r"\b(?:уш[её]л|ушли|ушла)\s+(?:\w+\s+)?(?:из|с|со)\s+(?:\w+\s+)?(?:част|расположени|казарм|госпитал|полигон|комендатур|гауптвахт)\w*",
        r"\bне\s+(?:явил|прибыл)(?:ся|ась|ись|а|и)?\s+(?:\w+\s+)?(?:на\s+службу|в\s+(?:воинскую\s+|свою\s+)?част\w*|к\s+месту\s+(?:службы|прохождения)|в\s+расположени\w*)",
        r"\bиз\s+(?:[\w-]+\s+){0,2}(?:част\w*|казарм\w*|госпитал\w*|расположени\w*|лагер\w*|комендатур\w*)\s+(?:[\w-]+\s+){0,4}(?:уш[её]л|ушли|ушла)\b",
        r"(?:установил\w*|по\s+версии\s+(?:следствия|обвинения)|по\s+данным\s+следствия|по\s+материалам\s+дела)[^.]{0,80}?\bоставил[аи]?\s+(?:боевые\s+)?позици\w*",
        r"\b(?:оставил|бросил)[аи]?\s+(?:боевые\s+)?позици\w*(?=[^.]{0,100}(?:скрыва|прятал|уехал\w*\s+домой|ушл\w+\s+домой|пешком))",
        r"\b(?:пытал|попытал)(?:ись|ся|ась)\s+(?:\w+\s+)?(?:уехать|уйти)\s+домой\b",
        r"\b(?:снова\s+|опять\s+)?(?:уш[её]л|ушли|уехал|уехали|сбежал|сбежали)\s+домой\b",
        r"\bпешком\s+(?:выдвинулись|направились|пошли|ушли)\b|\b(?:выдвинулись|направились|ушли)\s+пешком\b",
    ],
    "mutiny": [
        r"\bбунт\w*\b|\bвзбунтова\w*\b|\bмятеж\w*\b|\bпогром\w*\b",
        r"\bвышли\s+из\s+подчинения\b|\bотказались\s+подчиняться\b",
        r"\b(?:подрались|подрался|устроили\s+драку)\s+с\s+(?:\w+\s+)?(?:командир|офицер|начальств)\w*",
        r"\b(?:устроил[аи]?|учинил[аи]?|начались|вспыхнули|произошли)\s+(?:массовые\s+)?беспорядк\w*|\bвытолкал[аи]?\s+(?:\w+\s+){0,2}(?:командир|офицер|начальник)\w*",
        r"\bпрорвал[аи]?\s+(?:\w+\s+)?(?:ограждени|забор|заграждени|огражд)\w*|\bпрорвал(?:ись|ся)\s+через\s+(?:\w+\s+)?(?:забор|ограждени|заграждени)\w*",
        r"\b(?:вы|с|раз)?ломал[аи]?\s+(?:\w+\s+)?(?:забор|ограждени|ворота|двер|решетк|решётк)\w*",
        r"\b(?:избили|избил|напали\s+на|обезоружили|скрутили)\s+(?:\w+\s+)?(?:офицер|командир|караульн|часов|конвой|охранник|дежурн)\w*",
        r"\b(?:разбили|били|разгромили|крушили)\s+(?:\w+\s+)?(?:окна|стекла|помещени|мебель)\w*",
        r"\bкричат?\s+(?:\w+\s+){0,3}(?:командир|офицер|генерал|полковник)\w*\s+оскорблени\w*",
        r"\bзаблокировали\s+(?:\w+\s+){0,2}(?:командовани|штаб)\w*|\bзакрыв\s+командование\b",
        r"\b(?:перекрыли|заблокировали)\s+(?:\w+\s+)?(?:выезд|въезд|ворота|кпп|проходн)\w*",
        r"\bвзяли\s+в\s+заложники\s+(?:\w+\s+)?(?:командир|офицер)\w*",
    ],
    "refusal": [
        r"\bотказал(?:ись|ся|ась)\s+(?:\w+\s+){0,2}(?:воевать|от\s+участия|выполнять|идти|ехать|возвращаться|от\s+боев|участвовать|продолжать|служить|штурмовать|наступать|от\s+выполнения|выходить|выезжать|строиться|подчин|садиться|грузиться|отправляться)\w*",
        r"\bотказ\w*\s+(?:от\s+)?(?:воевать|участия\s+в\s+(?:войне|боевых)|выполнять\s+приказ)",
        r"\b(?:написал[аи]?|подал[аи]?|пишут)\s+(?:\w+\s+)?рапорт\w*(?=[^.]{0,120}(?:отказ|увольн|расторж|прекращ|не\s+хоч|уволит))",
        r"\bрапорт\w*\s+(?:об?\s+)?(?:отказе|увольнении|расторжении|прекращении)\b",
        r"\b(?:сдали|сложили)\s+оружие\b",
        r"\bрасторгли\s+контракт\w*\b",
        r"\bотказ\w*\s+(?:\w+\s+)?(?:подписывать|подписать|продлевать|продлить|заключать|заключить)\s+(?:\w+\s+)?контракт\w*",
    ],
    "capture": [
        r"\bзадерж(?:али|ал|ала|ало|ан|ана|аны|ано|ать|ивают|или)\b",
        r"\bпойма(?:ли|л|н|ны)\b",
        r"\b(?:вернули|возвратили|доставили|отправили\s+обратно)\s+(?:\w+\s+)?(?:в\s+(?:воинскую\s+)?част|на\s+фронт|на\s+войну|в\s+расположени)\w*",
        r"\bснова\s+отправ\w+\s+на\s+(?:войну|фронт)\b",
        r"\bпохитили\b|\bувезли\b|\bзабрал[аи]?\b(?=[^.]{0,40}(?:брат|сын|муж|его|их))|\bсилой\s+усадили\b",
    ],
    "search": [
        r"\bразыскива(?:ют|ется|ются|ли)\b|\bв\s+розыске\b|\bпродолжаются\s+поиски\b|\bведут\s+розыск\b",
        r"\bпоиск(?:и|ах|ов)?\s+(?:\w+\s+)?(?:дезертир|беглец|сбежавш|военнослужащ|солдат)\w*",
        r"\b(?:ищут|искали)\s+(?:\w+\s+)?(?:дезертир|беглец|сбежавш|солдат)\w*",
    ],
    "coercion": [
        r"\b(?:удержива|держат|содерж|заперл|закрыл|запер|заточ)\w*\s+(?:\w+\s+){0,5}(?:подвал|гараж|лагер|ям|камер|комендатур|центр|огорожен|огражден|барак|контейнер|ангар)\w*",
        r"\bнасильно\s+удержива\w*|\bудержива(?:ют|ли)\b(?!\s+(?:свои\s+|наши\s+|ключевые\s+|северную\s+|южную\s+|часть\s+)?(?:позици|оборон|рубеж|контрол|плацдарм|высот|территори|город|сел|населенн|населённ|лидерств|ставк|цен))",
        r"\bпыта(?:ли|ют)\b|\bизби(?:ли|вали|т|ты)\b|\bэлектрошокер\w*|\bприковыва\w*|\bнаручник\w*",
        r"\b(?:склоняют|принуждают|заставляют)\s+(?:\w+\s+)?(?:продолжить\s+воевать|вернуться|воевать)\b",
        r"\bв\s+(?:подвалах|подвале|ямах|яме)\b",
        r"\b(?:посадили|бросили|кинули|заперли|закрыли|поместили)\s+(?:\w+\s+){0,2}в\s+(?:яму|ямы|подвал|зиндан|клетку|камеру)\b",
        r"\bобыск\w*\b|\bдопр(?:ашивали|осили|ашивают)\b",
        r"\b(?:пришли|приходили|наведались)\s+(?:\w+\s+)?(?:домой\s+)?к\s+(?:\w+\s+)?(?:родител|родственник|матер|отц|жен|брат|сестр)\w*|\bпредупредили\s+(?:\w+\s+)?родственник\w*",
        r"\bразоружили\b|\bотправили\s+(?:\w+\s+)?в\s+штурмов\w+\s+(?:отряд|подразделени|групп|рот)\w*(?=[^.]{0,40}наказани)",
    ],
    "prosecution": [
        r"\bприговор(?:ил|ила|или|ен|ён|ены)\b|\bвынес\w*\s+приговор\w*",
        r"\bосужд(?:ен|ён|ена|ены|или|ил)\b|\bосудил[аи]?\b",
        r"\bполучил[аи]?\s+(?:\S+\s+){1,3}(?:лет|года?|месяц\w*)\s+(?:колони\w*|лишения\s+свободы|заключения|тюрьм\w*|условно)",
        r"\bвозбу(?:ждено|дили|дил)\s+(?:\w+\s+)?(?:уголовное\s+)?дело\b",
        r"\bсуд\s+(?:\w+\s+){0,3}(?:арестовал|назначил|признал|отправил|избрал)\b",
        r"\bсуд\s+(?:[\w-]+\s+){0,3}(?:освободил|прекратил|оправдал)\b|\bдело\s+(?:было\s+)?прекращено\b",
        r"\bпо\s+подозрению\s+в\b|\bквалифицир\w+,?\s+как\s+дезертирство",
        r"\bобвиня(?:ют|ется)\s+в\s+(?:дезертирств|самовольн)",
        r"\bуголовное\s+дело\s+(?:\w+\s+){0,5}возбужден\w*",
    ],
}

_UK = {
    "protest": [
        r"\b(?:влаштували|влаштував|вийшли\s+на)\s+(?:\w+\s+)?(?:протест|акцію\s+протесту|погром)\w*",
        r"\bпікетували\b",
    ],
    "flight": [r"\bвтекл[аи]?\b|\bвтік\b|\bутекл[аи]?\b"],
    "desertion": [
        r"\bвтікач\w*\b(?=[^.]{0,40}(?:частин|полігон|комендатур))",
        r"\bдезертирува(?:в|ли|ла)\b",
        r"\bсамовільно\s+(?:\w+\s+){0,2}(?:залиш|покину|покида|пішов|пішли)\w*",
        r"\b(?:іду|йду|пішов|пішла|пішли|йде)\s+[ву]\s+сзч\b|\bвчини(?:в|ли)\s+(?:\w+\s+)?сзч\b",
        r"\b(?:перебував|перебувала|перебували|був|була|були)\s+(?:\w+\s+){0,2}?[ву]\s+(?:сзч\b|самовільному\s+залишенні)",
        r"\bне\s+(?:з['ʼ’]являв|з['ʼ’]явив|прибув|прибул)\w*\s+(?:на\s+служб|до\s+(?:\w+\s+)?(?:частин|підрозділ|місця\s+служби)|[ву]\s+розташуван)\w*",
        r"\bбез\s+(?:дозволу|відома)\s+(?:свого\s+)?(?:командування|командира|командир\w*)\b",
        r"\b(?:він|вона|солдат\w*|військовослужбов\w+|боєць|мобілізован\w+)\s+(?:\w+\s+){0,3}?залиши(?:в|ла|ли)\s+(?:свої\s+|бойові\s+|свою\s+)?позиці\w*",
        r"\b(?:до|в|на)\s+(?:\w+\s+){0,3}(?:частин\w*|служби|розташуван\w*)\s+не\s+(?:поверну|з['ʼ]яви)(?:вся|лася|лися|лись)\b",
        r"\bне\s+поверну(?:вся|лася|лися|лись)\s+(?:до|в|з|на)\s+(?:\w+\s+)?(?:частин|відпуст|служб|розташуван|пункт|місця|підрозділ)\w*",
        r"\bспроб\w*\s+(?:масової\s+)?втечі\b|\bвтеч[аіу]\s+(?:\w+\s+){0,3}(?:з|із)\s+(?:\w+\s+)?(?:частин|комендатур|полігон|казарм)\w*",
        r"\b(?:залишили|залишив|покинули|покинув)\s+(?:\w+\s+)?(?:військову\s+)?(?:частин|розташуван|місце\s+служби|полігон)\w*",
        r"\bвирвал(?:ися|ася|ося)\b|\bвтекти\s+вдалося\b|\bвдалося\s+втекти\b",
        r"\b(?:знову\s+)?(?:пішов|пішли|поїхав|поїхали|втік|втекли)\s+додому\b",
        r"\bне\s+(?:з['ʼ’]явив|прибув)(?:ся|ася|ися|ла|ли)?\s+(?:\w+\s+)?(?:на\s+службу|до\s+(?:військової\s+|своєї\s+)?частин\w*|до\s+місця\s+служби)",
        r"\bпішки\s+(?:вирушили|пішли|рушили)\b|\b(?:вирушили|пішли|рушили)\s+пішки\b",
    ],
    "mutiny": [
        r"\bбунт\w*\b|\bзбунтува\w*\b|\bзаколот\w*\b|\bпогром\w*\b",
        r"\bвийшли\s+з[із]?\s+підпорядкування\b|\bвідмовилися\s+підкорятися\b",
        r"\bзламал[аи]?\s+(?:\w+\s+)?(?:паркан|огорож|ворота|двер)\w*",
        r"\bпрорвал(?:ися|ася|ися)\s+через\b",
        r"\b[ву]дарив\s+(?:\w+\s+)?(?:офіцер|командир)\w*|\b[ву]дарив\s+його\b",
        r"\b(?:побили|побив|напали\s+на|роззброїли|скрутили|вдарили|побивши|роззброївши|напавши\s+на|вдаривши)\s+(?:\w+\s+)?(?:офіцер|командир|вартов|конвой|охоронц|черговог|начальник)\w*",
    ],
    "refusal": [
        r"\b(?:відмовил(?:ися|ася|ся)|відмови(?:вся|лись)|відмовля(?:ються|ється|лися|вся|лася|лись))\s+(?:\w+\s+){0,2}(?:воювати|від\s+участі|викон|йти|іти|їхати|повертатися|брати\s+участь|служити|штурмувати|вих[оі]д|вийти|заходити|зайняти|наступати|вирушати)\w*",
        r"\b(?:написал[аи]?|написав|подали|подав)\s+(?:\w+\s+)?рапорт\w*(?=[^.]{0,120}(?:відмов|звільн|розірван|припинен))",
        r"\bмасово\s+відмовля\w*",
    ],
    "capture": [
        r"\bзатрима(?:ли|в|ла|ло|но|ний|на|ні|ти)\b|\bзатримал[аи]\b",
        r"\bспійма(?:ли|в|но)\b|\bповерну(?:ли)\s+(?:\w+\s+)?до\s+частин\w*",
        r"\bвияви(?:ли|в|ла)\s+(?:\w+\s+){0,2}(?:поліцейськ|правоохорон|патрульн|прикордонник)\w*"
        r"|\b(?:поліцейськ|правоохорон|патрульн|прикордонник)\w*\s+(?:\w+\s+){0,3}вияви(?:ли|в|ла)\b",
    ],
    "search": [
        r"\bрозшуку(?:ють|ється|ються)\b|\bперебува\w+\s+у\s+розшуку\b(?=[^.]{0,60}(?:сзч|дезерт|самовільн))",
        r"\bоголо(?:сили|сив|сила|шено|шений|шена|шені)\s+(?:\w+\s+)?[ву]\s+розшук\b",
    ],
    "coercion": [
        r"\b(?:утримують|утримує|утримували|утримував|тримають|тримає|тримали|замкнули)\s+(?:\w+\s+){0,5}(?:підвал|гараж|табор|ям|камер|комендатур|центр|контейнер|ангар)\w*",
        r"\bутриму(?:ють|вали)\b(?!\s+(?:свої\s+|наші\s+|ключові\s+|північну\s+|південну\s+|частину\s+)?(?:позиці|оборон|рубеж|контрол|плацдарм|висот|територі|міст|сел|населен|лідерств|ставк|цін))",
        r"\bкатува(?:ли|ння)\b|\bпобили\b(?!\s+(?:\w+\s+)?(?:офіцер|командир|вартов|конвой|охоронц|черговог|начальник))|\bелектрошокер\w*",
        r"\b(?:посади|кину|замкну|закри|помісти)(?:ли|ло|в|ла)\s+(?:\w+\s+){0,2}[ву]\s+(?:\w+\s+)?(?:яму|ями|підвал\w*|зіндан\w*|клітк[уи]|камер[уи])\b",
        r"\b[ву]\s+(?:підвалах|підвалі|ямах|ямі)\b",
        r"\bрозстріля(?:ли|в|ла|но)\b",
        r"\bобшук\w*\b|\bдопит(?:ували|али)\b",
    ],
    "prosecution": [
        r"\bзасуди(?:в|ла|ли)\b|\bзасуджен\w*\b|\bвирок\w*\b|\bухвалив\s+вирок\b",
        r"\bотрима(?:в|ла|ли)\s+(?:\S+\s+){1,3}(?:рок\w*|міс\w*)\s+(?:ув'язнення|ув’язнення|позбавлення\s+волі|колоні\w*|умовно)",
        r"\bсуд\s+(?:\w+\s+){0,3}(?:визнав|призначив|обрав|застосував|відправив)\b",
        r"\bсуд\s+(?:[\w'ʼ-]+\s+){0,3}(?:звільнив|закрив|виправдав)\b|\bпровадження\s+(?:було\s+)?закрито\b",
        r"\bза\s+підозрою\s+у\b|\bповідом(?:и|л)\w*\s+(?:\w+\s+){0,2}про\s+підозру\b|\bкваліфік\w+\s+(?:\w+\s+){0,2}як\s+(?:дезертирство|самовільне)",
        r"\bобвинувальн\w+\s+акт\w*\b|\b(?:скерува|скерова|направи|направле)\w*\s+(?:\w+\s+){0,3}до\s+суду\b",
        r"\bвідкрили\s+(?:\w+\s+)?(?:кримінальне\s+)?провадження\b|\bзапобіжний\s+захід\b",
        r"\bвідкрит\w*\s+(?:кримінальне\s+)?провадження\b|\bрозпочат\w*\s+досудове\s+розслідування\b",
    ],
}

LEXICONS: dict[str, dict[str, list[str]]] = {"en": _EN, "ru": _RU, "uk": _UK}

# Words marking a trigger as not an event of this article.
NEGATION = re.compile(
    r"(?:\bnot\b|n[’']t\b|\bnever\b|\bno\b|\bnobody\b|\bnone\s+of\b|\bне\b|\bни\b|\bні\b|\bніхто\b|\bникто\b|\bнихто\b)\s*(?:\w+\s+){0,2}$",
    FLAGS,
)
HYPOTHETICAL = re.compile(
    r"(?:\b(?:could|(?-i:may)|might|would|(?-i:will)|shall|(?-i:can)|cannot|should|(?-i:must)|faces?|facing|risk(?:s|ing)?|threat(?:en(?:ed|s)?)?|threatening|if|unless|want(?:s|ed)?\s+to|plan(?:s|ned)?\s+to|intend(?:s|ed)?\s+to|in\s+order\s+to|to\s+avoid|ready\s+to|allowed\s+to|able\s+to|punishable|penalt\w+|liable)"
    r"|\b(?:может|могут|могли|мог|можно|грозит|грозят|угрожа\w*|грози\w*|если|чтобы|хотят|хотел\w*|собира\w*|намерен\w*|планиру\w*|вправе|наказыва\w*|предусмотрен\w*|могла|будут|будет|должн\w*)"
    r"|\b(?:може|можуть|могли|загрожу\w*|якщо|щоб|хочуть|збира\w*|планую\w*|карається|передбачен\w*|будуть|буде|мають\s+намір|вирішу\w+\s+питання))\b[^.;:]{0,50}$",
    FLAGS,
)
BACKGROUND = re.compile(
    r"(?:\b(?:previously|earlier|formerly|years?\s+ago|in\s+the\s+past|wanted\s+for|suspected\s+of|accused\s+of|on\s+charges\s+of|after\s+(?:he|she|they|being)|since\s+(?:he|she|they))"
    r"|\b(?:после\s+того\s+как|ранее|раньше|прежде|лет\s+назад|по\s+подозрению\s+в|обвиня\w*\s+в|категории|из\s+числа)"
    r"|\b(?:після\s+того\s+як|раніше|років\s+тому|із\s+числа))\b[^.;:,]{0,60}$",
    FLAGS,
)
PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+\s+){0,4}$", FLAGS)

MILITARY = re.compile(
    r"\b(?:soldiers?|servicem[ae]n|servicewom[ae]n|service\s*members?|troops|military|army|conscripts?|draftees|mobili[sz]ed|reservists?|recruits?|contract\s+soldiers?|contractors|deserters?|awol|soch|szch|sochniki|unit|barracks|garrison|commandant|brigade|regiment|battalion|national\s+guard|officers?|privates?|platoon|refuseniks?|objectors|mobiks|paratroopers?|marines?|sailors?|airmen|guardsmen|cadets?|sergeants?|corporals?)\b"
    r"|\b(?:военнослужащ\w*|военн\w+|солдат\w*|бойц\w*|боец|мобилизованн\w*|контрактник\w*|срочник\w*|призывник\w*|дезертир\w*|сочник\w*|соч|сзч|части|часть|частей|воинск\w*|комендатур\w*|казарм\w*|полигон\w*|бригад\w*|полк\w*|батальон\w*|нацгвард\w*|росгварди\w*|отказник\w*|армии|армия|всу|зсу|мобики|мобиков|чмобик\w*|рядов\w*)"
    r"|\b(?:військов\w*|солдат\w*|бійц\w*|боєць|мобілізован\w*|мобік\w*|чмобік\w*|контрактник\w*|строковик\w*|дезертир\w*|частин\w*|комендатур\w*|полігон\w*|бригад\w*|нацгвард\w*|мобіків|армії"
    r"|піхотинц\w*|морпіх\w*|десантник\w*|штурмовик\w*|матрос\w*|курсант\w*|тероборон\w*)\b",
    FLAGS,
)
SOLDIERS = re.compile(
    r"\b(?:soldiers?|servicem[ae]n|service\s*members?|troops|conscripts?|draftees|mobili[sz]ed|reservists?|recruits|guardsmen|marines|paratroopers|mobiks)\b"
    r"|\b(?:военнослужащ\w*|солдат\w*|бойц\w*|боец|мобилизованн\w*|контрактник\w*|срочник\w*|призывник\w*|гвардейц\w*|мобик\w*|чмобик\w*)"
    r"|\b(?:військовослужбов\w*|військов(?:і|их)|солдат\w*|бійц\w*|боєць|мобілізован\w*|контрактник\w*|строковик\w*|гвардійц\w*|мобік\w*|чмобік\w*"
    r"|піхотинц\w*|морпіх\w*|десантник\w*|штурмовик\w*|матрос\w*|курсант\w*)",
    FLAGS,
)
CIVILIAN_CUSTODY = re.compile(
    r"\b(?:prison(?:ers?)?|inmates?|jail|penitentiary|penal\s+colony|correctional|convicts?\s+escaped|sheriff)\b"
    r"|\b(?:заключенн\w*|заключённ\w*|колони[ияю]\s+(?:строгого|общего|поселени)\w*|исправительн\w*|фсин|гуфсин|сизо|иностранных\s+граждан|осужденн\w+\s+за\s+убийств\w*)"
    r"|\b(?:ув'язнен\w*|в'язн\w*|колонії|виправн\w*)",
    FLAGS,
)
DRAFT_EVASION = re.compile(
    r"\b(?:draft\s+(?:dodg|evad|evasion)\w*|evad(?:e|ing)\s+(?:the\s+)?(?:draft|mobili[sz]ation|conscription)|avoid(?:ing)?\s+(?:the\s+)?(?:draft|mobili[sz]ation|being\s+(?:called\s+up|drafted))|flee(?:ing)?\s+(?:the\s+country|russia|abroad)|fled\s+(?:russia|abroad|the\s+country)|border\s+crossings?|escape\s+(?:the\s+)?mobili[sz]ation|partial\s+draft)"
    r"|\b(?:уклонист\w*|уклон\w+\s+от\s+(?:мобилизации|призыва|службы)|повестк\w*|тцк|военкомы|военкомат\w*\s+(?:сбили|задержали)|принудительно\s+мобилизова\w*|мобилизовать\s+(?:велосипедист|мужчин))"
    r"|\b(?:ухилянт\w*|ухил\w+\s+від\s+(?:мобілізації|призову|служби)|повістк\w*|розшуку\s+за\s+(?:ухилення|порушення\s+законодавства\s+про\s+мобілізацію))",
    FLAGS,
)
LEGAL_EXPLAINER = re.compile(
    r"\b(?:commentary|explainer|what\s+happen(?:s|ed)\s+when|the\s+process\s+of|typically|is\s+punishable|encyclop\w+|faq|readers\s+ask|frequently\s+asked)"
    r"|(?:\bкомментарий\b|\bнаказывается\b|\bсостав\s+преступления|\bэнциклопеди\w*|\bвоинского\s+устава|\bделится\s+на|\bрассмотрим\b|\bалгоритм\w*)"
    r"|(?:\bкоментар\b|\bкара(?:ється|ються)\b|\bрозглянемо\b|\bалгоритм\w*|\bспрощен\w+\s+(?:процедур|схем)\w*|\bна\s+загальних\s+підставах\b)",
    FLAGS,
)
RELATIVES_PROTEST = re.compile(
    r"\b(?:wives|mothers|relatives|families|protesters?\s+(?:held|gathered))\b[^.]{0,80}\b(?:protest|rally|picket|demonstrat)\w*"
    r"|\b(?:жёны|жены|матери|родственники)\b[^.]{0,80}\b(?:протест|акци|пикет|митинг)\w*"
    r"|\b(?:дружини|матері|родичі)\b[^.]{0,80}\b(?:протест|акці|пікет|мітинг)\w*",
    FLAGS,
)
REPORTING = re.compile(
    r"\b(?:reported|reports|said|says|announced|stated|told|wrote|posted|published|became\s+known|according\s+to|informed)\b"
    r"|\b(?:сообщил\w*|сообщает|заявил\w*|рассказал\w*|написал\w*|стало\s+известно|опубликова\w*|пишет|передает|сообщается|по\s+данным)"
    r"|\b(?:повідомил\w*|повідомляє|заявил\w*|розповіл\w*|написав|стало\s+відомо|опублікува\w*|пише|за\s+даними)",
    FLAGS,
)
OCCURRED = re.compile(
    r"\b(?:happened|occurred|took\s+place|unfolded|this\s+incident|the\s+incident)\b"
    r"|\b(?:произош\w+|случил\w*|инцидент\s+произош\w+|это\s+было)\b"
    r"|\b(?:стал(?:ося|ася)|відбул\w+|сталося)\b",
    FLAGS,
)
NEW_EPISODE = re.compile(
    r"^\W*(?:earlier|previously|recall|as\s+a\s+reminder|in\s+another\s+(?:case|incident)|a\s+similar\s+incident|similar\s+incidents|meanwhile|also\s+on|before\s+that|prior\s+to\s+this|(?:now\s+)?there\s+is\s+(?:also\s+)?a\s+(?:new\s+)?situation\s+with|in\s+a\s+separate\s+(?:case|incident)|(?:there\s+(?:were|have\s+been)\s+)?(?:also\s+)?(?:similar\s+)?reports?\s+(?:from|of|in)\s+other\s+(?:regions|units|places)|in\s+other\s+regions)\b"
    r"|^\W*(?:ранее|до\s+этого|напомним|кроме\s+того|также\s+в|в\s+другом\s+случае|аналогичн\w+\s+случа\w*|(?:сейчас\s+)?(?:есть\s+)?(?:такая\s+же\s+)?ситуаци\w+\s+с|в\s+других\s+регионах)\b|\bнапоминается\b"
    r"|^\W*(?:раніше|до\s+цього|нагадаємо|нагадуємо|також\s+у|в\s+інших\s+регіонах)\b|\bнагадується\b",
    FLAGS,
)
UA_FORCE = re.compile(
    r"\b(?:ukrainian\s+(?:soldier|serviceman|servicemen|army|military|armed\s+forces|troops)|armed\s+forces\s+of\s+ukraine|afu|zsu|sbi|tcc|szch|ombr|smib|ukraine'?s?\s+(?:army|armed\s+forces)|article\s+40[78]|art\.\s*40[78]|ukrainian\s+pravda)"
    r"|\b(?:всу|зсу|сзч|тцк|дбр|гбр|омбр|омпбр|нацгвард\w*|украинск\w+\s+(?:военн|солдат|арми)\w*|українськ\w+|ст\.\s*40[78]|статті\s+40[78]|статьи\s+40[78]|кк\s+україни|ук\s+украины)",
    FLAGS,
)
RU_FORCE = re.compile(
    r"\b(?:russian\s+(?:soldiers?|servicem[ae]n|army|military|troops|forces|conscripts|contract)|russia'?s\s+(?:army|military|forces)|mobiks|soch|buryat|wagner)"
    r"|\b(?:российск\w+|рф|соч|сочник\w*|мобики|ст\.\s*337|стать\w+\s+337|ук\s+рф|росгварди\w*|россиян\w*|оккупант\w*|окупант\w*|росіян\w*|російськ\w+|рашист\w*)",
    FLAGS,
)
IL_FORCE = re.compile(r"\b(?:israeli|idf|israel\s+defense\s+forces)\b", FLAGS)


@lru_cache(maxsize=8)
def compiled(language: str) -> dict[str, re.Pattern[str]]:
    """One alternation per trigger kind, for lower-cased text (case-insensitive matching is ~2x slower)."""
    lexicon = LEXICONS.get(language, _EN)
    return {kind: re.compile("|".join(f"(?:{p})" for p in pats), re.UNICODE) for kind, pats in lexicon.items()}
