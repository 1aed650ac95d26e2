import sys, common, glob, os
stems = sys.argv[1:] or sorted(os.path.basename(p)[:-10] for p in glob.glob(os.path.join(common.OUT, '*.gold.json')))
for s in stems:
    pr = common.check(s)
    print(s, 'OK' if not pr else f'{len(pr)} issues')
    for p in pr: print('   ', p)
