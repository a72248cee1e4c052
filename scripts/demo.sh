#!/usr/bin/env bash
# npm run demo: the main job on the embedded examples — validate every list of the five-level chain
# (the latest major, with 办理情形, 免提交 materials and online-service flags), check the chain level by
# level, show what the check finds in a county list with planted deviations, diff two batches, check a
# county's 一件事 (bundle) list against its members and the province's list, and show that the same chain
# in the older major still validates and conforms as it did.
set -uo pipefail
cd "$(dirname "$0")/.."
zwfw() { node dist/cli.js "$@"; }
step() { printf '\n\033[1m== %s\033[0m\n$ zwfw %s\n' "$1" "${*:2}"; }

npm run --silent build >/dev/null || exit 2
chain=(examples/v2/2-province-standard.json examples/v2/3-city-suzhou.json examples/v2/4-county-gusu.json examples/v2/5-township-jinchang.json examples/v2/6-village-yangyuxiang.json)

step "1. 校验省、市、县、乡镇、村五级清单 (validate the five levels)" validate examples/v2/1-province-basic.json "${chain[*]}"
zwfw validate examples/v2/1-province-basic.json "${chain[@]}" || exit $?

step "2. 逐级一致性检查 (conformance along the chain)" conform --chain "${chain[*]}"
zwfw conform --chain "${chain[@]}" || exit $?

deviations=(examples/v2/2-province-standard.json examples/v2/3-city-suzhou.json examples/v2/7-county-gusu-deviations.json examples/v2/5-township-jinchang.json examples/v2/6-village-yangyuxiang.json)
step "3. 含偏差的县级清单 (the chain with a county list that quietly adds; exit 1 is expected)" conform --chain "${deviations[*]}"
zwfw conform --chain "${deviations[@]}"
[ $? -eq 1 ] || { echo "expected the deviations to be found" >&2; exit 1; }

step "4. 批次差异与改革成效 (what changed between two batches)" diff examples/county-gusu-batch-1.json examples/county-gusu-batch-2.json
zwfw diff examples/county-gusu-batch-1.json examples/county-gusu-batch-2.json || exit $?

bundles=(examples/bundles/county-gusu-bundles.json examples/bundles/county-gusu-items.json examples/bundles/city-suzhou-items.json)
step "5. 一件事：开办餐饮店的组成事项与改革成效 (a bundle against its members, and what it saves)" bundle check "${bundles[*]}"
zwfw bundle check "${bundles[@]}" || exit $?

step "6. 一件事清单逐级一致性 (the county's bundle list against the province's)" conform examples/bundles/province-bundles.json examples/bundles/county-gusu-bundles.json
zwfw conform examples/bundles/province-bundles.json examples/bundles/county-gusu-bundles.json || exit $?

v1chain=(examples/2-province-standard.json examples/3-city-suzhou.json examples/4-county-gusu.json examples/5-township-jinchang.json examples/6-village-yangyuxiang.json)
step "7. 旧版 (v1) 清单照旧校验和逐级检查 (the same chain in the older major, checked as before)" conform --chain "${v1chain[*]}"
zwfw validate examples/1-province-basic.json "${v1chain[@]}" && zwfw conform --chain "${v1chain[@]}" || exit $?
