# Sourced by bench.sh and insns.sh: the benchmark's variants, and what
# build.sh builds for each.
ALL_VARIANTS="guards handasm pcpusect pcpusect-table noguards"

# build_args NAME: sets build_variant (build.sh's VARIANT) and
# build_config (its EXTRA_CONFIG names) for variant NAME.
build_args() {
	build_config=
	case $1 in
	guards)		build_variant=baseline ;;
	pcpusect)	build_variant=plugin ;;
	pcpusect-table)	build_variant=plugin build_config=table ;;
	handasm|noguards) build_variant=$1 ;;
	*)	echo "unknown variant $1 (not one of $ALL_VARIANTS)" >&2
		return 1 ;;
	esac
}
