# Sourced by the kernel test scripts: check WHAT COMMAND... runs the
# command and counts and prints its verdict as PASS: or FAIL: WHAT.
passed=0
failed=0
check() {
	what=$1
	shift
	if "$@"; then
		passed=$((passed + 1))
		echo "PASS: $what"
	else
		failed=$((failed + 1))
		echo "FAIL: $what"
	fi
}
