from os1.cli.app import main

main()
